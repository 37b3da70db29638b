"""Training scripts for warta's models. They need extra packages (scikit-learn, spaCy)
that warta does not need at run time."""
