/** Work-study numbers per programme year: contracts signed and the share of the cohort under contract. */
package edu.lifecycle.placement.workstudy;
