"""One QWizardPage per page of the guide: they render and validate, nothing else."""
