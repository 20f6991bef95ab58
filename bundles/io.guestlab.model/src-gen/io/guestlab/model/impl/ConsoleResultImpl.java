/**
 */
package io.guestlab.model.impl;

import io.guestlab.model.ConsoleResult;
import io.guestlab.model.GuestlabPackage;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Console Result</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.impl.ConsoleResultImpl#getPass <em>Pass</em>}</li>
 *   <li>{@link io.guestlab.model.impl.ConsoleResultImpl#getFail <em>Fail</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConsoleResultImpl extends ResultCheckImpl implements ConsoleResult {
	/**
	 * The cached value of the '{@link #getPass() <em>Pass</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPass()
	 * @generated
	 * @ordered
	 */
	protected EList<String> pass;

	/**
	 * The cached value of the '{@link #getFail() <em>Fail</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFail()
	 * @generated
	 * @ordered
	 */
	protected EList<String> fail;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConsoleResultImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return GuestlabPackage.Literals.CONSOLE_RESULT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getPass() {
		if (pass == null) {
			pass = new EDataTypeUniqueEList<String>(String.class, this, GuestlabPackage.CONSOLE_RESULT__PASS);
		}
		return pass;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getFail() {
		if (fail == null) {
			fail = new EDataTypeUniqueEList<String>(String.class, this, GuestlabPackage.CONSOLE_RESULT__FAIL);
		}
		return fail;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case GuestlabPackage.CONSOLE_RESULT__PASS:
				return getPass();
			case GuestlabPackage.CONSOLE_RESULT__FAIL:
				return getFail();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case GuestlabPackage.CONSOLE_RESULT__PASS:
				getPass().clear();
				getPass().addAll((Collection<? extends String>)newValue);
				return;
			case GuestlabPackage.CONSOLE_RESULT__FAIL:
				getFail().clear();
				getFail().addAll((Collection<? extends String>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case GuestlabPackage.CONSOLE_RESULT__PASS:
				getPass().clear();
				return;
			case GuestlabPackage.CONSOLE_RESULT__FAIL:
				getFail().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case GuestlabPackage.CONSOLE_RESULT__PASS:
				return pass != null && !pass.isEmpty();
			case GuestlabPackage.CONSOLE_RESULT__FAIL:
				return fail != null && !fail.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (pass: ");
		result.append(pass);
		result.append(", fail: ");
		result.append(fail);
		result.append(')');
		return result.toString();
	}

} //ConsoleResultImpl
