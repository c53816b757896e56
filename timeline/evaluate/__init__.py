"""Scoring: the date tagger against TimeML data, the extractor against hand-written gold."""
