/** Calls to the four services' REST APIs with the signed-in user's own access token. */
package edu.lifecycle.console.services;
