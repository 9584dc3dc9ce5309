"""Commission: the secretariat's tool for the merged MVK/KSO commission of an akimat."""

__version__ = "0.1.0"
