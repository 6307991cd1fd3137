/** RFC 9457 problem responses for every error a client can meet. */
package edu.lifecycle.servicekit.web;
