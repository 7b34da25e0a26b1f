//! ngrok-sim: a local stand-in for the ngrok edge.
