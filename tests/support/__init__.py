"""What tests of every kind share: a spec factory (``specs``), generating and running a
package in a fresh process (``packages``), and a loopback HTTP server (``http_server``)."""
