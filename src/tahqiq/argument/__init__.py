"""Arguments: the curated reconstructions and their maps (``model``), and starters (``annotate``)."""
