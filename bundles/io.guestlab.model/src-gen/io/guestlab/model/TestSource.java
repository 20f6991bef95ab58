/**
 */
package io.guestlab.model;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Test Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Where test programs come from, with the settings they share.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.TestSource#getArguments <em>Arguments</em>}</li>
 *   <li>{@link io.guestlab.model.TestSource#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.TestSource#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 *   <li>{@link io.guestlab.model.TestSource#getResult <em>Result</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getTestSource()
 * @model abstract="true"
 * @generated
 */
public interface TestSource extends EObject {
	/**
	 * Returns the value of the '<em><b>Arguments</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Arguments</em>' attribute list.
	 * @see io.guestlab.model.GuestlabPackage#getTestSource_Arguments()
	 * @model
	 * @generated
	 */
	EList<String> getArguments();

	/**
	 * Returns the value of the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Instructions</em>' attribute.
	 * @see #isSetTimeoutInstructions()
	 * @see #unsetTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @see io.guestlab.model.GuestlabPackage#getTestSource_TimeoutInstructions()
	 * @model unsettable="true"
	 * @generated
	 */
	long getTimeoutInstructions();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSource#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Instructions</em>' attribute.
	 * @see #isSetTimeoutInstructions()
	 * @see #unsetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @generated
	 */
	void setTimeoutInstructions(long value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.TestSource#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @generated
	 */
	void unsetTimeoutInstructions();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.TestSource#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout Instructions</em>' attribute is set.
	 * @see #unsetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @generated
	 */
	boolean isSetTimeoutInstructions();

	/**
	 * Returns the value of the '<em><b>Timeout Seconds</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #isSetTimeoutSeconds()
	 * @see #unsetTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @see io.guestlab.model.GuestlabPackage#getTestSource_TimeoutSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSource#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Timeout Seconds</em>' attribute.
	 * @see #isSetTimeoutSeconds()
	 * @see #unsetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @generated
	 */
	void setTimeoutSeconds(double value);

	/**
	 * Unsets the value of the '{@link io.guestlab.model.TestSource#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	void unsetTimeoutSeconds();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.TestSource#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout Seconds</em>' attribute is set.
	 * @see #unsetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	boolean isSetTimeoutSeconds();

	/**
	 * Returns the value of the '<em><b>Result</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Result</em>' containment reference.
	 * @see #setResult(ResultCheck)
	 * @see io.guestlab.model.GuestlabPackage#getTestSource_Result()
	 * @model containment="true"
	 * @generated
	 */
	ResultCheck getResult();

	/**
	 * Sets the value of the '{@link io.guestlab.model.TestSource#getResult <em>Result</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Result</em>' containment reference.
	 * @see #getResult()
	 * @generated
	 */
	void setResult(ResultCheck value);

} // TestSource
