/** Interactive queries: look a key up in the local store when this instance owns it, else ask the instance that does. */
package edu.lifecycle.servicekit.query;
