"""What tests share besides fixtures: running the command line, the wizard driver,
canary scans, recorded answers. Tests import these; never each other."""
