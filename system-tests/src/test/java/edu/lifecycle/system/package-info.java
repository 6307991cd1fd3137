/** System tests: the four services together, and the container set-up checked against their configuration. */
package edu.lifecycle.system;
