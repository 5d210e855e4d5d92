"""Name pools: Faker's per-locale person and city lists (pinned Faker version), merged with our own."""

from __future__ import annotations

import importlib
from functools import lru_cache

_LOCALES = (
    "en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "de_DE", "fr_FR", "es_ES", "es_MX", "it_IT", "pt_BR",
    "nl_NL", "pl_PL", "sv_SE", "no_NO", "fi_FI", "tr_TR", "cs_CZ", "da_DK", "yo_NG", "sw", "zu_ZA",
    "id_ID", "vi_VN", "et_EE", "hu_HU", "ro_RO", "hr_HR", "sk_SK", "lt_LT", "lv_LV",
)

# Our own additions: Faker's pools lean European; these widen them.
EXTRA_FEMALE = (
    "Adaeze Amara Anjali Aiko Akosua Ama Chiamaka Dilnoza Esi Farida Folake Hana Ifeoma Ingrid Jia Kalani Keiko "
    "Lakshmi Leilani Mei Mireille Nadia Naledi Nilufar Noor Oyelaran Priya Rana Rukmini Sakura Saoirse Sefa "
    "Shirin Sunita Tamar Thandiwe Wanjiru Ximena Yaretzi Yetunde Yuki Zainab Zarina Zhen Ayelet Marisol Tuyet"
).split()
EXTRA_MALE = (
    "Adebayo Amir Arjun Bao Chidi Dawit Emeka Farhan Haruto Hamza Ikenna Jun Kwame Kofi Mateus Mehmet Musa "
    "Nikhil Obinna Omar Ravi Rustam Santiago Sione Tariq Tenzin Thabo Wei Yaw Yusuf Zhang Rangi Kaveh Darius "
    "Akira Ilyas Joaquin Tupac Anand Kenji Babajide Oisin Lachlan Teodor"
).split()
EXTRA_LAST = (
    "Abara Achebe Adeyemi Agarwal Ahn Akinyemi Alvarado Amponsah Bhattacharya Chen Chowdhury Dlamini Eze "
    "Fonoti Gonzaga Haddad Hoang Iwu Jafari Kamau Karimi Kariuki Kaur Khumalo Kobayashi Lin Mahlangu Menon "
    "Mensah Mwangi Nakamura Ndlovu Ngata Nguyen Nwosu Obi Ochieng Okafor Okonkwo Onyango Osei Owusu Park "
    "Qureshi Rahman Rao Sadeghi Sato Sharma Takahashi Tanaka Tiwari Tran Wanjiku Watanabe Xu Yamamoto "
    "Yilmaz Zhao Castellanos Quispe Mamani Huaman Tupou Kealoha Whaanga"
).split()


NEUTRAL = (
    "Alex Sam Robin Kim Jordan Kai Rowan Ari Eden Noa Sasha Jules Remy Quinn Avery Emerson Hollis Marlowe "
    "Sage Tenley Ellis Rain Shiloh Oakley Linden Wren Arin Nikita Toby Dana Morgan Kiran Jesse Blair"
).split()


def _provider(kind: str, loc: str):
    try:
        return importlib.import_module(f"faker.providers.{kind}.{loc}").Provider
    except ImportError:
        return None


# Real names in some locale that an English reader takes as a word, a slur or a notorious figure ("Nazi Matošević"):
# left out of every pool.
_READS_BADLY = frozenset({"Nazi", "Adolf", "Dick", "Fanny", "Isis", "Gay", "Hore"})


def _clean(names) -> list[str]:
    return sorted({n for n in names if n and " " not in n and "-" not in n and n.isalpha() and len(n) > 1
                   and n not in _READS_BADLY})


@lru_cache(maxsize=1)
def pools() -> dict[str, tuple[str, ...]]:
    female, male, neutral, last, cities = set(EXTRA_FEMALE), set(EXTRA_MALE), set(), set(EXTRA_LAST), set()
    for loc in _LOCALES:
        p = _provider("person", loc)
        if p is not None:
            female.update(getattr(p, "first_names_female", ()) or ())
            male.update(getattr(p, "first_names_male", ()) or ())
            neutral.update(getattr(p, "first_names_nonbinary", ()) or ())
            last.update(getattr(p, "last_names", ()) or ())
        a = _provider("address", loc)
        if a is not None:
            cities.update(getattr(a, "cities", ()) or ())
    f, m = _clean(female), _clean(male)
    both = set(f) & set(m)  # ambiguous across locales: left out rather than guessed
    return {
        "female": tuple(n for n in f if n not in both),
        "male": tuple(n for n in m if n not in both),
        "neutral": tuple(sorted(set(NEUTRAL) | set(_clean(neutral)) - set(f) - set(m))),
        "last": tuple(_clean(last)),
        "city": tuple(_clean(cities)),
    }


# ------------------------------------------------------------------------------------------------- institutions
# Organisation-name patterns for the world (str.format fields: {city} the home city, {last} {last2} surnames,
# {a} an AI-name word). Each is built from parts, so two documents rarely share a regulator or an auditor:
# a jurisdiction, a kind of body and a remit for regulators; a house name and a trade for firms.


def expand_choices(text: str) -> list[str]:
    """All readings of a pattern with inline choices: 'a [b|c]d' -> ['a bd', 'a cd'] (nesting allowed).

    >>> expand_choices("the [North|South]ern [Office|Board]")
    ['the Northern Office', 'the Northern Board', 'the Southern Office', 'the Southern Board']
    """
    i = text.find("[")
    if i < 0:
        return [text]
    depth, j, cuts = 0, i, []
    for j in range(i, len(text)):
        c = text[j]
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                break
        elif c == "|" and depth == 1:
            cuts.append(j)
    opts = [text[a + 1 : b] for a, b in zip([i, *cuts], [*cuts, j])]
    head, tail = text[:i], expand_choices(text[j + 1 :])
    return [head + o + t for opt in opts for o in expand_choices(opt) for t in tail]


def _expand_all(patterns: tuple[str, ...]) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for p in patterns:
        for v in expand_choices(p):
            seen.setdefault(" ".join(v.split()), None)
    return tuple(seen)


_JURISDICTION = (
    "the {city}", "the National", "the Federal", "the Regional", "the Interstate", "the Joint", "the Continental",
    "the Provincial", "the State", "the {city} Metropolitan", "the Northern", "the Southern", "the Western",
    "the Eastern", "the Coastal", "the Union", "the Commonwealth", "the Inter-Regional", "the Cross-Border",
)
_REG_BODY = (
    "Office", "Agency", "Authority", "Commission", "Board", "Inspectorate", "Directorate", "Council", "Bureau",
    "Executive", "Secretariat", "Registry",
)
_REG_REMIT = (
    "for AI Safety", "for Automated Systems", "for Algorithmic Accountability", "on Machine Autonomy",
    "for Autonomous Systems", "for Critical Systems Assurance", "for Model Oversight", "for Automated Decision-Making",
    "for Digital Infrastructure Safety", "for Machine Intelligence", "for Frontier Systems", "for Computational Risk",
    "for Intelligent Infrastructure", "for AI Standards", "for Deployed Models", "for Public-Interest Computing",
    "for Advanced Automation", "on Artificial Agents", "for Safety-Critical Software", "for System Integrity",
)
_REG_ADJ = (
    "Algorithmic Standards", "Digital Safety", "AI Safety", "Automation Safety", "Model Assurance", "Machine Oversight",
    "AI Conduct", "Autonomous Systems", "Intelligent Systems", "Computational Safety", "Digital Integrity",
    "AI Licensing", "Automated Infrastructure", "Systems Safety", "AI Accountability",
)
_REG_NOUN = ("Agency", "Authority", "Regulator", "Board", "Inspectorate", "Commission", "Office", "Council", "Service")

REG_PATTERNS: tuple[str, ...] = tuple(
    [f"{j} {b} {r}" for j in _JURISDICTION for b in _REG_BODY for r in _REG_REMIT]
    + [f"{j} {a} {n}" for j in _JURISDICTION for a in _REG_ADJ for n in _REG_NOUN if not a.endswith(n)]
    + [f"the {b} {r}" for b in ("Commission", "Office", "Inspectorate", "Board", "Standing Committee", "Tribunal") for r in _REG_REMIT]
)

AUD_PATTERNS: tuple[str, ...] = _expand_all((
    "{last} [Assurance|Audit|Evaluation|Verification|Review|Attestation][| Partners| Group| Associates| & Co.| LLP]",
    "{last} & {last2} [Audit|Assurance|Evaluation|Verification|Review|Attestation]",
    "{last}[, | & ]{last2} [Partners|Associates]",
    "the {city} [Model Evaluation|Systems Assurance|Independent Audit|AI Evaluation|Algorithm Audit|Conformity Assessment] [Centre|Institute|Unit|Laboratory|Service]",
    "[Northgate|Keystone|Plumbline|Tidemark|Benchmark|Lodestone|Ironbridge|Cleargate|Fairweather|Truecourse] [Assurance|Audit|Evaluation|Verification]",
    "the {last} [Evaluation|Assurance|Audit] [Trust|Collective|Cooperative|Foundation]",
    "{a} [Assurance|Audit|Verification][| Partners| Group]",
))

PRESS_PATTERNS: tuple[str, ...] = _expand_all((
    "[The|the] {city} [Ledger|Courier|Examiner|Review|Herald|Chronicle|Tribune|Post|Observer|Gazette|Sentinel|Dispatch|Standard|Record|Mercury|Star|Journal|Bulletin|Argus|Clarion|Packet|Advertiser|Inquirer|Register]",
    "{city} [Public Radio|Community Television|News Network|Evening News|Morning Post|Daily|Weekly|Broadcasting]",
    "the {city} [Evening|Morning|Sunday|Weekly] [Post|Star|Standard|Telegraph|Leader|News]",
    "The {last} [Report|Letter|Dispatch|Review]",
    "[the|The] [Northern|Southern|Western|Eastern|Coastal|Valley|Harbour|River|Lakeside|Highland] [Times|Echo|Voice|Record|Press|Courier]",
))

def _balanced(groups: tuple[str, ...], per_group: int = 12) -> tuple[str, ...]:
    """Each pattern group gets the same weight whatever its number of readings: the group's readings are repeated
    (cycled) to `per_group` entries, so that a uniform draw from the tuple picks every frame equally often and no
    single frame ("the University of ...") dominates because it happened to expand into more variants."""
    out: list[str] = []
    for g in groups:
        vs = _expand_all((g,))
        out.extend(vs[i % len(vs)] for i in range(max(per_group, len(vs))))
    return tuple(out)


# Institutions of the researchers and archives. Frames differ in shape (city first, surname first, an invented
# house name, "Institute of", "School of", "Centre for", a polytechnic) and carry equal weight, so the commonest
# one is in about one document in twelve. No comma forms: genres write "{university}'s" and "at {university}".
UNI_PATTERNS: tuple[str, ...] = _balanced((
    "the University of [{city}|North {city}|South {city}|East {city}|West {city}|Central {city}|Greater {city}]",
    "{city} [State|Metropolitan|Technical|City|Central] University",
    "{city} [University|Polytechnic]",
    "{last} [College|University]",
    "the {city} Institute of [Technology|Science|Advanced Study|Computing|Applied Science]",
    "the {city} School of [Computing|Engineering|Informatics|Public Policy|Data Science]",
    "the {last} Institute for [Computing|Machine Intelligence|Public Technology|the Study of Automation]",
    "the {city} Centre for [Technology and Society|the History of Computing|Machine Ethics|Systems Research]",
    "[Fenwick|Holloway|Ashdown|Greyfriars|Carrow|Whitmore|Elmstead|Thornbury|Kingsmere|Harrowfield] [University|College]",
    "the Technical University of {city}",
    "the {city} [Academy of Sciences|College of Technology|Polytechnic Institute]",
    "[{last} Polytechnic|{last} Institute of Technology|the {last} School of Engineering]",
))

DEV_PATTERNS: tuple[str, ...] = _expand_all((
    "{last} [Systems|Labs|Research|Cognitive|Computing|Intelligence|Machines|Analytics|Dynamics|AI]",
    "{last} & {last2} [Research|Systems|Labs|Computing]",
    "{last}-{last2} [Research|Systems|Labs]",
    "{city} [Machine Intelligence|Applied AI|Cognitive Systems|Autonomy Labs|Computing Laboratory|Robotics]",
    "the {city} [AI|Machine Learning|Autonomous Systems|Applied Intelligence] [Institute|Laboratory|Foundation|Consortium]",
    "{last}Works", "{a} [Intelligence|Systems|Labs|Research|Cognition|Computing|AI]",
    "[Northwind|Bright Harbour|Second Light|Open Meridian|Long Reach|Clear Water|Greenfield|Stillwater|Kingfisher|Tallgrass] [AI|Labs|Systems|Research|Intelligence]",
))

# Job titles of the overseers (the operator roles come from the domain).
ROLE_TITLES: dict[str, tuple[str, ...]] = {
    "safety_lead": _expand_all((
        "head of [alignment|model safety|AI safety|safety research|deployment safety|oversight engineering]",
        "[safety|alignment|assurance|oversight] lead",
        "director of [model safety|alignment|AI assurance|safety engineering|responsible deployment]",
        "[chief safety officer|chief assurance officer|principal safety engineer|staff alignment engineer]",
        "[senior|principal] [safety|alignment] researcher",
        "[interpretability|evaluations|alignment] team lead", "red-team lead",
        "[evaluations|interpretability|model behaviour] manager",
        "[deputy|acting] head of [alignment|safety]",
        "[alignment|safety] research scientist",
        "[vice president|VP] for safety",
        "lead of the [safety|interpretability] team",
    )),
    "auditor": _expand_all((
        "[lead|senior|principal|chief] [auditor|assessor|evaluator|examiner|reviewer]",
        "[audit|assurance|evaluation] [partner|director|manager]",
        "head of [technical audit|model evaluation|assurance]",
    )),
    "regulator": _expand_all((
        "[chief|senior|principal|lead] inspector", "[deputy|assistant|associate] commissioner",
        "head of [supervision|enforcement|AI supervision|technical oversight|licensing|inspections]",
        "[director|deputy director] of [supervision|enforcement|technical standards|inspections]",
        "[case officer|supervisory officer|lead examiner|technical adviser]",
    )),
    "journalist": _expand_all((
        "[technology|science|infrastructure|investigations|data|AI|business] [correspondent|reporter|editor]",
        "[investigations|features|technology|science|news] editor", "[staff|senior|freelance] reporter",
        "[columnist|contributing writer|podcast host|data journalist]",
    )),
    "researcher": _expand_all((
        "[[professor|associate professor|assistant professor] [of|in]|[lecturer|reader] in] [computer science|machine learning|public policy|philosophy|the history of technology|systems engineering|statistics]",
        "[interpretability|alignment|evaluation|governance|safety] researcher",
        "[historian|sociologist|anthropologist|economist] of technology",
        "[postdoctoral|senior|visiting] [researcher|fellow]",
    )),
}
