"""Minimal Django project serving OGC SensorThings API 1.1 (django-ogc-sensorthings 1.2.0) for ioc's end-to-end tests."""
