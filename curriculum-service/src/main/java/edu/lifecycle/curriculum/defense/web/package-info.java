/** REST for the defense calendar. */
package edu.lifecycle.curriculum.defense.web;
