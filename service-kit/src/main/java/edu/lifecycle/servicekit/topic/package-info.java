/** Topics with their serdes, the catalogue a service declares, and their creation at startup. */
package edu.lifecycle.servicekit.topic;
