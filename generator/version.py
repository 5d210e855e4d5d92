GENERATOR_NAME = "alignment-corpus-generator"
__version__ = "0.1.0"
