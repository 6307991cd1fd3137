/** Who is signed in, and which pages and actions their roles open. */
package edu.lifecycle.console.access;
