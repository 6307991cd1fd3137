/** Reading schemas by global id or guid, across subjects. */
package edu.lifecycle.registry.server.schemas;
