/** REST for the overdue list. */
package edu.lifecycle.billing.overdue.web;
