/** Each enrolled student's validated experience against the requirement, per programme year. */
package edu.lifecycle.placement.experience;
