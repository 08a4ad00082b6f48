"""Review: findings (``findings``), running the detectors and the triage (``factcheck``), and the
extractors' quality against hand-annotated gold (``gold``)."""
