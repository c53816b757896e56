"""Stage 1 — reading documents (text, Markdown, HTML, feeds) into :class:`~timeline.extract.types.Article`."""
