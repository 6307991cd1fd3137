/** Integration tests: the running service over HTTP against a real broker and registry. */
package edu.lifecycle.placement.it;
