"""Segmentation: a text's blocks (headings, paragraphs, notes, bibliography) and its outline."""
