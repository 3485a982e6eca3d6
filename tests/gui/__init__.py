"""GUI tests, driven through pytest-qt as a user would."""
