"""Stage 5 — exports: JSON, CSV, Markdown, HTML, TimelineJS, PLOVER."""
