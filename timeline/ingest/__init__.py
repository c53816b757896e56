"""Stage 1 — reading input documents (text, Markdown, HTML, feeds) into :class:`~timeline.extract.types.Article`."""
