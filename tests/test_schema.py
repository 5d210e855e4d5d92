import json
from pathlib import Path

import jsonschema
import orjson

from generator.records import json_schemas

ROOT = Path(__file__).resolve().parents[1]


def test_schema_files_match_models():
    """Fails when someone changes a model without re-running `gen schema`."""
    for name, schema in json_schemas().items():
        on_disk = json.loads((ROOT / "schemas" / name).read_text())
        assert on_disk == json.loads(orjson.dumps(schema)), f"schemas/{name} is stale: run `gen schema`"


def test_every_line_validates_with_jsonschema(small_corpus):
    schema = json.loads((ROOT / "schemas" / "document.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    n = 0
    for shard in sorted(small_corpus.glob("shard-*.jsonl")):
        for line in shard.read_bytes().splitlines():
            validator.validate(orjson.loads(line))
            n += 1
    assert n == 120
    mschema = json.loads((ROOT / "schemas" / "manifest.schema.json").read_text())
    jsonschema.Draft202012Validator(mschema).validate(orjson.loads((small_corpus / "manifest.json").read_bytes()))


def test_schema_rejects_a_bad_record(small_corpus):
    schema = json.loads((ROOT / "schemas" / "document.schema.json").read_text())
    rec = orjson.loads(next(small_corpus.glob("shard-*.jsonl")).read_bytes().splitlines()[0])
    del rec["metadata"]["genre"]
    errors = list(jsonschema.Draft202012Validator(schema).iter_errors(rec))
    assert errors


def test_huggingface_datasets_loads_the_shards(small_corpus, tmp_path):
    import datasets

    files = sorted(str(p) for p in small_corpus.glob("shard-*.jsonl"))
    ds = datasets.load_dataset("json", data_files=files, split="train", cache_dir=str(tmp_path / "hf"))
    manifest = orjson.loads((small_corpus / "manifest.json").read_bytes())
    assert ds.num_rows == manifest["documents"]
    assert {"id", "text", "source", "metadata"} <= set(ds.column_names)
