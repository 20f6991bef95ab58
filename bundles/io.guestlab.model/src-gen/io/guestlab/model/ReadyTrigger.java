/**
 */
package io.guestlab.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Ready Trigger</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What marks the end of the boot-to-ready phase.
 * <!-- end-model-doc -->
 * @see io.guestlab.model.GuestlabPackage#getReadyTrigger()
 * @model
 * @generated
 */
public enum ReadyTrigger implements Enumerator {
	/**
	 * The '<em><b>Console</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console output matches the pattern.
	 * <!-- end-model-doc -->
	 * @see #CONSOLE_VALUE
	 * @generated
	 * @ordered
	 */
	CONSOLE(0, "console", "console"),

	/**
	 * The '<em><b>Semihosting</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest reports a breakpoint through semihosting (SYS_EXIT with reason ADP_Stopped_BreakPoint, 0x20020); every test's fork continues after that call. Needs semihosting on the machine. (HTIF defines no such report, so it is no trigger.)
	 * <!-- end-model-doc -->
	 * @see #SEMIHOSTING_VALUE
	 * @generated
	 * @ordered
	 */
	SEMIHOSTING(2, "semihosting", "semihosting"),

	/**
	 * The '<em><b>Symbol</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hart is about to execute the symbol.
	 * <!-- end-model-doc -->
	 * @see #SYMBOL_VALUE
	 * @generated
	 * @ordered
	 */
	SYMBOL(3, "symbol", "symbol"),

	/**
	 * The '<em><b>Instructions</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine has retired this many instructions.
	 * <!-- end-model-doc -->
	 * @see #INSTRUCTIONS_VALUE
	 * @generated
	 * @ordered
	 */
	INSTRUCTIONS(4, "instructions", "instructions");

	/**
	 * The '<em><b>Console</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The console output matches the pattern.
	 * <!-- end-model-doc -->
	 * @see #CONSOLE
	 * @model name="console"
	 * @generated
	 * @ordered
	 */
	public static final int CONSOLE_VALUE = 0;

	/**
	 * The '<em><b>Semihosting</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The guest reports a breakpoint through semihosting (SYS_EXIT with reason ADP_Stopped_BreakPoint, 0x20020); every test's fork continues after that call. Needs semihosting on the machine. (HTIF defines no such report, so it is no trigger.)
	 * <!-- end-model-doc -->
	 * @see #SEMIHOSTING
	 * @model name="semihosting"
	 * @generated
	 * @ordered
	 */
	public static final int SEMIHOSTING_VALUE = 2;

	/**
	 * The '<em><b>Symbol</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A hart is about to execute the symbol.
	 * <!-- end-model-doc -->
	 * @see #SYMBOL
	 * @model name="symbol"
	 * @generated
	 * @ordered
	 */
	public static final int SYMBOL_VALUE = 3;

	/**
	 * The '<em><b>Instructions</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The machine has retired this many instructions.
	 * <!-- end-model-doc -->
	 * @see #INSTRUCTIONS
	 * @model name="instructions"
	 * @generated
	 * @ordered
	 */
	public static final int INSTRUCTIONS_VALUE = 4;

	/**
	 * An array of all the '<em><b>Ready Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ReadyTrigger[] VALUES_ARRAY =
		new ReadyTrigger[] {
			CONSOLE,
			SEMIHOSTING,
			SYMBOL,
			INSTRUCTIONS,
		};

	/**
	 * A public read-only list of all the '<em><b>Ready Trigger</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ReadyTrigger> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Ready Trigger</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadyTrigger get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReadyTrigger result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ready Trigger</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadyTrigger getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ReadyTrigger result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Ready Trigger</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ReadyTrigger get(int value) {
		switch (value) {
			case CONSOLE_VALUE: return CONSOLE;
			case SEMIHOSTING_VALUE: return SEMIHOSTING;
			case SYMBOL_VALUE: return SYMBOL;
			case INSTRUCTIONS_VALUE: return INSTRUCTIONS;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private ReadyTrigger(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //ReadyTrigger
