"""warta's web layer: the REST API, the HTML pages and the standalone report."""
