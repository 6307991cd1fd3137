/** The operations console: pages and actions for school staff over the four services' REST APIs. */
package edu.lifecycle.console;
