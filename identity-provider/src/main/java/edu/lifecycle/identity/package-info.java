/** The embedded OpenID provider of the embedded default, and a plain-HTTP client that obtains its tokens. */
package edu.lifecycle.identity;
