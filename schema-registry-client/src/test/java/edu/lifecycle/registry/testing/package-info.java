/** Test doubles shared by the client and serde tests. */
package edu.lifecycle.registry.testing;
