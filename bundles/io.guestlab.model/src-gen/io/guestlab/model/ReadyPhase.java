/**
 */
package io.guestlab.model;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Ready Phase</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Boot the machine once until it is ready, snapshot it, and fork every test from that snapshot.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link io.guestlab.model.ReadyPhase#getTrigger <em>Trigger</em>}</li>
 *   <li>{@link io.guestlab.model.ReadyPhase#getPattern <em>Pattern</em>}</li>
 *   <li>{@link io.guestlab.model.ReadyPhase#getSymbol <em>Symbol</em>}</li>
 *   <li>{@link io.guestlab.model.ReadyPhase#getInstructions <em>Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.ReadyPhase#getTimeoutInstructions <em>Timeout Instructions</em>}</li>
 *   <li>{@link io.guestlab.model.ReadyPhase#getTimeoutSeconds <em>Timeout Seconds</em>}</li>
 * </ul>
 *
 * @see io.guestlab.model.GuestlabPackage#getReadyPhase()
 * @model
 * @generated
 */
public interface ReadyPhase extends EObject {
	/**
	 * Returns the value of the '<em><b>Trigger</b></em>' attribute.
	 * The default value is <code>"console"</code>.
	 * The literals are from the enumeration {@link io.guestlab.model.ReadyTrigger}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Trigger</em>' attribute.
	 * @see io.guestlab.model.ReadyTrigger
	 * @see #setTrigger(ReadyTrigger)
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_Trigger()
	 * @model default="console"
	 * @generated
	 */
	ReadyTrigger getTrigger();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getTrigger <em>Trigger</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Trigger</em>' attribute.
	 * @see io.guestlab.model.ReadyTrigger
	 * @see #getTrigger()
	 * @generated
	 */
	void setTrigger(ReadyTrigger value);

	/**
	 * Returns the value of the '<em><b>Pattern</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the console trigger: a regular expression (java.util.regex) matched against the console output.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Pattern</em>' attribute.
	 * @see #setPattern(String)
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_Pattern()
	 * @model
	 * @generated
	 */
	String getPattern();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getPattern <em>Pattern</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Pattern</em>' attribute.
	 * @see #getPattern()
	 * @generated
	 */
	void setPattern(String value);

	/**
	 * Returns the value of the '<em><b>Symbol</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the symbol trigger: a symbol of the kernel ELF; the machine is ready when a hart is about to execute it.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Symbol</em>' attribute.
	 * @see #setSymbol(String)
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_Symbol()
	 * @model
	 * @generated
	 */
	String getSymbol();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getSymbol <em>Symbol</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Symbol</em>' attribute.
	 * @see #getSymbol()
	 * @generated
	 */
	void setSymbol(String value);

	/**
	 * Returns the value of the '<em><b>Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For the instructions trigger: the machine is ready after this many retired instructions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Instructions</em>' attribute.
	 * @see #setInstructions(long)
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_Instructions()
	 * @model
	 * @generated
	 */
	long getInstructions();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getInstructions <em>Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Instructions</em>' attribute.
	 * @see #getInstructions()
	 * @generated
	 */
	void setInstructions(long value);

	/**
	 * Returns the value of the '<em><b>Timeout Instructions</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Timeout Instructions</em>' attribute.
	 * @see #isSetTimeoutInstructions()
	 * @see #unsetTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_TimeoutInstructions()
	 * @model unsettable="true"
	 * @generated
	 */
	long getTimeoutInstructions();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
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
	 * Unsets the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutInstructions()
	 * @see #getTimeoutInstructions()
	 * @see #setTimeoutInstructions(long)
	 * @generated
	 */
	void unsetTimeoutInstructions();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutInstructions <em>Timeout Instructions</em>}' attribute is set.
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
	 * @see io.guestlab.model.GuestlabPackage#getReadyPhase_TimeoutSeconds()
	 * @model unsettable="true"
	 * @generated
	 */
	double getTimeoutSeconds();

	/**
	 * Sets the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
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
	 * Unsets the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	void unsetTimeoutSeconds();

	/**
	 * Returns whether the value of the '{@link io.guestlab.model.ReadyPhase#getTimeoutSeconds <em>Timeout Seconds</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Timeout Seconds</em>' attribute is set.
	 * @see #unsetTimeoutSeconds()
	 * @see #getTimeoutSeconds()
	 * @see #setTimeoutSeconds(double)
	 * @generated
	 */
	boolean isSetTimeoutSeconds();

} // ReadyPhase
