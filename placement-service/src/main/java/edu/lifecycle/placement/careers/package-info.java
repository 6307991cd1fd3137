/** Graduate outcomes by sector and the placement rate within six months, per programme year. */
package edu.lifecycle.placement.careers;
