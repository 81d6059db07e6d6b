"""One rule explained: its settings in the pack and how often it is overruled."""
