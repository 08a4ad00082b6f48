"""The book: chapters, rendering, pages over the corpus, and the build."""
