/** The console's pages and actions, one controller per page. */
package edu.lifecycle.console.pages;
