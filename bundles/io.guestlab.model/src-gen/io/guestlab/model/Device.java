/**
 */
package io.guestlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Device</b></em>'.
 * <!-- end-user-doc -->
 *
 *
 * @see io.guestlab.model.GuestlabPackage#getDevice()
 * @model abstract="true"
 * @generated
 */
public interface Device extends EObject {
} // Device
