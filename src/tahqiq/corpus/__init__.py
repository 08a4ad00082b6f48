"""The corpus: the catalogue of works and their texts (``catalogue``), adding a text (``add``),
and the one reader of curated YAML (``yamlfile``)."""
