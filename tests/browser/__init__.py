"""Tests that open the built handbook in headless Chromium."""
