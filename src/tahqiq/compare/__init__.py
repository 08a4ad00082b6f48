"""Comparing texts: witnesses of one work and paraphrases across works (``collate``)."""
