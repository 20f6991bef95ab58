/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.GuestlabPackage;
import io.guestlab.model.TapResult;

import org.eclipse.emf.ecore.EClass;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Tap Result</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class TapResultImpl extends ResultCheckImpl implements TapResult {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected TapResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.TAP_RESULT;
	}

} //TapResultImpl
