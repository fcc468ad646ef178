"""The audit log inside the gateway: start-up wiring, the request recorder and the admin API."""
