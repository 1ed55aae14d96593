"""Channel adapters: how neutral replies look on LINE, on the kiosk screen and in the simulator."""
