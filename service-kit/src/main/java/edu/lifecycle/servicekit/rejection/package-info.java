/** Policy rejections over HTTP: what another service's events asked of this one and its rules refused. */
package edu.lifecycle.servicekit.rejection;
