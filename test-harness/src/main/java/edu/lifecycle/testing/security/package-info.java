/** The security matrix: every operation of a service's OpenAPI document against every kind of caller. */
package edu.lifecycle.testing.security;
