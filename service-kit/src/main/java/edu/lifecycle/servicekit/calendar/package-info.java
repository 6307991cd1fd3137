/** The school's academic calendar: which academic years are open, and when a year starts; shared by every service. */
package edu.lifecycle.servicekit.calendar;
