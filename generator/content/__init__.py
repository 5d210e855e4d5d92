"""Content as data: vocabularies, domains and grammar rules. Genre modules read from here."""
